package org.diac.diagram.ui.view;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;

/**
 * Puts diagram views in a stack of their own to the right of the editor area, so the diagram is beside its text
 * whatever the perspective (a perspective extension would place it only in perspectives created after install).
 * Later diagrams join the same stack; a stack the user moved stays where they put it.
 */
final class BesideEditors {

	static final String STACK_ID = "org.diac.diagram.ui.stack";

	private BesideEditors() {
	}

	@SuppressWarnings("unchecked")
	static void place(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		EModelService models = view.getSite().getService(EModelService.class);
		if (part == null || models == null) {
			return; // not an E4 workbench: the view stays where the platform opened it
		}
		MUIElement element = part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
		MPerspective perspective = models.getPerspectiveFor(element);
		if (perspective == null) {
			return;
		}
		MPartStack stack = stack(models, perspective);
		if (stack == null || (Object) element.getParent() == stack) {
			return;
		}
		models.move(element, (MElementContainer<MUIElement>) (MElementContainer<?>) stack);
		stack.setSelectedElement((MStackElement) element);
	}

	private static MPartStack stack(EModelService models, MPerspective perspective) {
		if (models.find(STACK_ID, perspective) instanceof MPartStack existing) {
			return existing;
		}
		if (!(models.find(IPageLayout.ID_EDITOR_AREA, perspective) instanceof MPartSashContainerElement editors)) {
			return null;
		}
		MPartStack stack = models.createModelElement(MPartStack.class);
		stack.setElementId(STACK_ID);
		models.insert(stack, editors, EModelService.RIGHT_OF, 0.5f);
		return stack;
	}
}
