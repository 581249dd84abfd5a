// The properties side panel: when one node template is selected, the server sends its property sheet (the type's
// definitions with the values as written in the document, and the validation's diagnostics on each); a value
// typed here goes back as one operation, which the server writes into the text as a minimal edit (undoable).
import { Action, IActionDispatcher, RequestAction, ResponseAction } from '@eclipse-glsp/client';

/** org.diac.diagram.edit.PropertySheet.Row */
interface Property {
    name: string;
    type?: string;
    required: boolean;
    defaultValue?: string;
    description?: string;
    value?: string;
    editable: boolean;
    defined: boolean;
}

/** org.diac.diagram.glsp.actions.SetPropertiesAction */
export interface SetPropertiesAction extends ResponseAction {
    kind: 'diacSetProperties';
    template: string;
    type?: string;
    rows: { property: Property; diagnostics: string[] }[];
    diagnostics: string[];
    error?: string;
}

interface RequestPropertiesAction extends RequestAction<SetPropertiesAction> {
    kind: 'diacRequestProperties';
    template: string;
}

let requests = 0;

export class PropertiesPanel {
    private template?: string;

    constructor(private readonly dispatcher: IActionDispatcher, private readonly panel: HTMLElement) {}

    /** Shows the panel of {@code template}, or hides it (nothing or not one node selected). */
    show(template?: string): void {
        this.template = template;
        this.refresh();
    }

    /** Asks the server again (after every model update: values and diagnostics may have changed). */
    async refresh(): Promise<void> {
        const template = this.template;
        if (!template) {
            this.panel.hidden = true;
            document.body.classList.remove('with-properties');
            return;
        }
        const request: RequestPropertiesAction = { kind: 'diacRequestProperties', requestId: `diac-properties-${++requests}`, template };
        const sheet = await this.dispatcher.request(request);
        if (this.template === template) {
            this.render(sheet);
        }
    }

    private render(sheet: SetPropertiesAction): void {
        const panel = this.panel;
        panel.replaceChildren();
        panel.hidden = false;
        document.body.classList.add('with-properties');
        panel.dataset.template = sheet.template;
        const title = element('h2', `${sheet.template}`);
        title.append(element('span', sheet.type ? ` «${sheet.type}»` : '', 'type'));
        panel.append(title);
        if (sheet.error) {
            panel.append(element('p', sheet.error, 'diagnostic error'));
            return;
        }
        for (const message of sheet.diagnostics) {
            panel.append(element('p', message, `diagnostic ${severity(message)}`));
        }
        for (const { property, diagnostics } of sheet.rows) {
            panel.append(this.row(sheet.template, property, diagnostics));
        }
    }

    private row(template: string, property: Property, diagnostics: string[]): HTMLElement {
        const row = element('div', '', 'property');
        row.dataset.property = property.name;
        const label = element('label', property.name + (property.required ? ' *' : '')) as HTMLLabelElement;
        label.title = [property.type ? `type: ${property.type}` : 'not defined by the type', property.description ?? ''].join('\n').trim();
        row.append(label);
        if (property.editable) {
            const input = document.createElement('input');
            input.value = property.value ?? '';
            input.placeholder = property.defaultValue !== undefined && property.defaultValue !== null ? `default: ${property.defaultValue}` : '';
            input.spellcheck = false;
            input.addEventListener('keydown', event => {
                if (event.key === 'Enter') {
                    this.edit(template, property, input.value);
                }
                event.stopPropagation(); // typing here must not reach the diagram's keyboard tools (Delete, Ctrl+Z)
            });
            input.addEventListener('change', () => this.edit(template, property, input.value));
            label.htmlFor = input.id = `property-${property.name}`;
            row.append(input);
        } else {
            row.append(element('pre', property.value ?? '', 'block'));
            row.append(element('p', 'a block value: edit it in the text', 'hint'));
        }
        if (property.type) {
            row.append(element('span', property.type, 'property-type'));
        }
        for (const message of diagnostics) {
            row.append(element('p', message, `diagnostic ${severity(message)}`));
        }
        return row;
    }

    private edit(template: string, property: Property, value: string): void {
        if (value === (property.value ?? '') || value.trim() === '') {
            return;
        }
        property.value = value; // Enter and the following change event send it once
        const operation: Action & { isOperation: true } = { kind: 'diacEditProperty', isOperation: true, template, property: property.name, value } as never;
        this.dispatcher.dispatch(operation);
    }
}

function element(tag: string, text: string, className?: string): HTMLElement {
    const result = document.createElement(tag);
    result.textContent = text;
    if (className) {
        result.className = className;
    }
    return result;
}

/** Decoration.toText(): 'file:line:column: severity CODE message'. */
function severity(message: string): string {
    const match = / (error|warning|info) /.exec(message);
    return match ? match[1] : 'info';
}
