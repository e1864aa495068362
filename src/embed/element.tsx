import { createRoot, type Root } from 'react-dom/client';
import { fontFaces, rules as katexRules } from 'virtual:katex-element-css';
import siteCss from '../styles/index.css?inline';
import { readQuery, ruleNotices, strayKeyNotices } from '../state/query.js';
import { valuesOf } from '../state/store.js';
import { storeEntry, withFrame, WidgetScope, type Entry, type Stores } from '../state/useWidgetStore.js';
import { hiddenKeys, WidgetOptionsContext } from '../state/widgetOptions.js';
import { widgets, type WidgetEntry } from '../widgets/registry.js';
import { shadowStyles } from './shadowStyles.js';

const LINK = 'element';
/** Attributes about the element itself; every other attribute is a widget parameter, by its query key. */
const OWN_ATTRIBUTES: readonly string[] = ['name', 'preset', 'hide', 'theme'];
/** Attributes any HTML element may carry (a host page's `class`, `id`, `data-…`): neither settings nor mistakes. */
const GLOBAL_ATTRIBUTE =
  /^(class|id|style|slot|part|title|lang|dir|hidden|inert|tabindex|role|is|nonce|translate|accesskey|autofocus|draggable|spellcheck|contenteditable|popover|data-.*|aria-.*|on.*)$/;
const rules = shadowStyles(`${katexRules}\n${siteCss}`);
const fontsFolder = new URL('./fonts/', import.meta.url).href;
/** The site this script came from (it lives at `<site>/element/neuron-widget.js`): Share links point there, not at the host page. */
const siteRoot = new URL('../', import.meta.url).href;

function declareFonts() {
  if (document.getElementById('neuron-widget-fonts')) return;
  const fonts = document.createElement('style');
  fonts.id = 'neuron-widget-fonts';
  fonts.textContent = fontFaces.replaceAll('%FONT_BASE%', fontsFolder);
  document.head.append(fonts);
}

/**
 * `<neuron-widget name="gpt-block" d_model="4096">`: one widget in any HTML
 * page, in a shadow root (the host's styles stay out, ours stay in). Its
 * attributes are the link's query keys and stay live: changing `d_model`
 * updates the widget. Bad values are reported in the widget, never applied.
 */
class NeuronWidget extends HTMLElement {
  #root: Root | undefined;
  #store: Entry | undefined;
  #shown: string | undefined;
  // Widgets' parameters are only known once their code loads, so watch every attribute.
  #attributes = new MutationObserver((records) => {
    const names = records.map((r) => r.attributeName);
    // A change to one of the element's own attributes draws it again; a parameter only updates its store.
    if (names.some((n) => n !== null && OWN_ATTRIBUTES.includes(n))) void this.#render();
    else this.#apply();
  });

  connectedCallback() {
    declareFonts();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!shadow.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = rules;
      const mount = document.createElement('div');
      mount.className = 'element-root';
      shadow.append(style, mount);
    }
    this.#root ??= createRoot(shadow.querySelector('.element-root')!);
    this.#attributes.observe(this, { attributes: true });
    void this.#render();
  }

  disconnectedCallback() {
    this.#attributes.disconnect();
    this.#root?.unmount();
    this.#root = undefined;
    this.#store = undefined;
    this.#shown = undefined;
  }

  /** The attributes as a query string, so the link's parser (and its notices) serve both. */
  #query(): URLSearchParams {
    const search = new URLSearchParams();
    for (const attribute of this.attributes) {
      if (!OWN_ATTRIBUTES.includes(attribute.name) && !GLOBAL_ATTRIBUTE.test(attribute.name)) {
        search.set(attribute.name, attribute.value);
      }
    }
    return search;
  }

  /** The `hide` attribute's setting names. */
  #hidden(): Set<string> {
    return hiddenKeys(new URLSearchParams({ hide: this.getAttribute('hide') ?? '' }).toString());
  }

  #apply() {
    const entry = this.#store;
    if (entry === undefined) return;
    const schema = withFrame(entry.model.schema);
    const search = this.#query();
    const read = readQuery(schema, search);
    entry.store.getState().update(read.values);
    const applied = valuesOf(schema, entry.store.getState());
    // Alone in the host's page, the element is the only reader of its attributes: one it does not know is a mistake.
    const settings = Object.values(schema).map((param) => param.key);
    const hidden = this.#hidden();
    entry.store
      .getState()
      .setNotices([
        ...ruleNotices(schema, search, read, applied, entry.model.explain),
        ...strayKeyNotices(search, settings, [], hidden),
      ]);
  }

  async #render() {
    const name = this.getAttribute('name') ?? '';
    const widget: WidgetEntry | undefined = widgets[name];
    if (widget === undefined) {
      this.#root?.render(
        <p role="alert">
          neuron-widget: no widget named “{name}”. Use one of: {Object.keys(widgets).join(', ')}.
        </p>,
      );
      return;
    }
    const key = `${name} ${this.getAttribute('preset') ?? ''}`;
    if (this.#store === undefined || this.#shown !== key) {
      const { model } = await widget.load();
      this.#store = storeEntry(model, this.getAttribute('preset') ?? undefined);
      this.#shown = key;
    }
    this.#apply();
    const theme = this.getAttribute('theme');
    const stores: Stores = new Map([[LINK, this.#store]]);
    const options = {
      hidden: this.#hidden(),
      embedded: true,
      headingLevel: 2 as const,
      siteUrl: siteRoot,
    };
    this.#root?.render(
      <div className="element-theme" data-theme={theme === 'light' || theme === 'dark' ? theme : undefined}>
        <WidgetOptionsContext value={options}>
          <WidgetScope key={key} stores={stores}>
            <widget.Component link={LINK} url={false} />
          </WidgetScope>
        </WidgetOptionsContext>
      </div>,
    );
  }
}

if (!customElements.get('neuron-widget')) customElements.define('neuron-widget', NeuronWidget);
