// The DiaC topology diagram in the browser: Eclipse GLSP's standalone client, talking to the diagram server that
// served this page (`diac diagram FILE`) over its websocket. The server lays the graph out and owns the document;
// this side only draws and sends gestures.
import 'reflect-metadata';
import '@vscode/codicons/dist/codicon.css';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import './diagram.css';

import {
    Action,
    BaseJsonrpcGLSPClient,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    DiagramLoader,
    EdgeCreationTool,
    editLabelFeature,
    FeatureModule,
    GEdge,
    GEdgeView,
    GLabel,
    GLabelView,
    GLSPWebSocketProvider,
    GNode,
    IActionDispatcher,
    IActionHandler,
    initializeDiagramContainer,
    RoundedCornerNodeView,
    SelectionService,
    STANDALONE_MODULE_CONFIG,
    TYPES
} from '@eclipse-glsp/client';
import { Container, injectable } from 'inversify';
import { TargetMatchingEdgeCreationTool } from './edge-check';
import { PropertiesPanel } from './properties-panel';

const DIAGRAM_TYPE = 'diac-topology';
// NodeKind and EdgeKind labels of org.diac.diagram.model
const NODE_KINDS = ['operator', 'worker', 'group', 'validator', 'proxy', 'storage', 'tosca', 'template'];
// 'requirement': the edge the palette's requirement tool draws (the server decides which requirement it becomes)
const EDGE_KINDS = ['operated_by', 'composed_of', 'validates', 'connects_to', 'host', 'dependency', 'requirement'];
const LABELS = ['type', 'detail', 'badge', 'edge', 'message'];

const topologyModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    configureDefaultModelElements(context);
    NODE_KINDS.forEach(kind => configureModelElement(context, `node:${kind}`, GNode, RoundedCornerNodeView));
    EDGE_KINDS.forEach(kind => configureModelElement(context, `edge:${kind}`, GEdge, GEdgeView));
    LABELS.forEach(label => configureModelElement(context, `label:${label}`, GLabel, GLabelView));
    // a template's name: double-click edits it, the server renames the template and its references
    configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
    // requirement edges: the answer of the server's check is taken for the node it was asked about (edge-check.ts)
    rebind(EdgeCreationTool).to(TargetMatchingEdgeCreationTool).inSingletonScope();
    // the properties panel reads the sheet again whenever the diagram changed (an edit here, in another tab, on disk)
    configureActionHandler(context, 'setModel', ModelChanged);
    configureActionHandler(context, 'updateModel', ModelChanged);
});

let panel: PropertiesPanel | undefined;

@injectable()
class ModelChanged implements IActionHandler {
    handle(_action: Action): void {
        setTimeout(() => panel?.refresh(), 0); // after the new model is in place
    }
}

/** Shown in the page and read by the browser tests: 'open', 'closed <code> <reason>'. */
function connectionState(state: string): void {
    document.body.dataset.connection = state;
    const status = document.getElementById('connection');
    if (status) {
        status.textContent = state.startsWith('closed') ? `Connection to the diagram server closed (${state.substring(7)}): reload the page` : '';
    }
}

async function start(): Promise<void> {
    const url = `ws://${window.location.host}/${DIAGRAM_TYPE}`;
    const provider = new GLSPWebSocketProvider(url, { reconnecting: false });
    const connection = await provider.listen({
        onConnection: () => connectionState('open'),
        logger: console
    });
    connection.onClose(() => connectionState('closed'));
    const client = new BaseJsonrpcGLSPClient({ id: DIAGRAM_TYPE, connectionProvider: connection });
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule({
            clientId: 'sprotty', // also the id of the div the diagram is drawn into (index.html)
            diagramType: DIAGRAM_TYPE,
            glspClientProvider: async () => client,
            sourceUri: 'document' // the server serves one document and ignores this
        }),
        topologyModule,
        STANDALONE_MODULE_CONFIG
    );
    await container.get(DiagramLoader).load();
    panel = new PropertiesPanel(container.get<IActionDispatcher>(TYPES.IActionDispatcher), document.getElementById('properties')!);
    container.get(SelectionService).onSelectionChanged(change => {
        const nodes = change.selectedElements.filter(id => change.root.index.getById(id)?.type.startsWith('node:'));
        panel?.show(nodes.length === 1 && change.selectedElements.length === 1 ? nodes[0] : undefined);
    });
    document.body.dataset.loaded = 'true';
}

start().catch(error => {
    console.error('diagram client failed', error);
    connectionState('closed failed: ' + error);
});
