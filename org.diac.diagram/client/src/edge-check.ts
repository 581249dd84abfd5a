// GLSP 2.3's edge creation tool applies the answer of a dynamic edge check to whatever node the mouse is over when
// the answer arrives: moving across several nodes (operator, shard, worker) on the way to the target could show
// the last target as allowed or refused according to another node's answer. This tool only takes the answer for
// the node it asked about, so "not allowed" is always about the node under the mouse.
import {
    EdgeCreationTool,
    EdgeCreationToolMouseListener,
    GModelElement,
    isConnectable,
    RequestCheckEdgeAction
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

class TargetMatchingListener extends EdgeCreationToolMouseListener {
    protected override canConnect(element: GModelElement | undefined, role: 'source' | 'target'): boolean {
        if (!element || !isConnectable(element) || !element.canConnect(this.proxyEdge, role)) {
            return false;
        }
        if (!this.isDynamic(this.proxyEdge.type)) {
            return true;
        }
        const asked = element.id;
        this.pendingDynamicCheck = true;
        this.actionDispatcher
            .request(RequestCheckEdgeAction.create({
                sourceElement: this.source ?? element,
                targetElement: this.source ? element : undefined,
                edgeType: this.proxyEdge.type
            }))
            .then(result => {
                if (this.pendingDynamicCheck && this.currentTarget?.id === asked) {
                    this.allowedTarget = result.isValid;
                    this.actionDispatcher.dispatch(this.updateEdgeFeedback());
                    this.pendingDynamicCheck = false;
                }
            })
            .catch(error => console.error('edge check failed', error));
        return false; // until the server answers, a fast click creates nothing
    }
}

@injectable()
export class TargetMatchingEdgeCreationTool extends EdgeCreationTool {
    protected override creationListener(): void {
        const listener = new TargetMatchingListener(this.triggerAction, this.actionDispatcher, this.typeHintProvider, this,
            this.grid ? this.grid.x / 2 : undefined);
        this.toDisposeOnDisable.push(listener, this.mouseTool.registerListener(listener));
    }
}
