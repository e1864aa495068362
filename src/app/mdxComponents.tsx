import type { MDXComponents } from 'mdx/types';
import { Aside, Count, Erratum } from '../components/prose.js';
import { Ref } from '../components/Ref.js';
import { Source } from '../components/Source.js';
import { Widget } from '../widgets/registry.js';
import { ProseLink } from './ProseLink.js';

/** What chapters may use without importing: widgets by name and the prose helpers. */
export const mdxComponents: MDXComponents = { Widget, Count, Erratum, Aside, Ref, Source, a: ProseLink };
