/**
 * `@bangfu/sdk/all`: the package root's API with every local document imported statically and
 * registered, so that the synchronous API (`getPolicy`, `findPolicy`, `policyList`, `policies`)
 * answers anywhere — in a bundle and in a browser too, where the root cannot load a document
 * synchronously. What a program that uses every document (a static site, a dataset build) imports
 * instead of the root; it costs what loading every document costs (bench/README.md, "Scale").
 * Also here: `POLICIES` (every encoding, in listing order) and each document by its export name
 * (`guzhang2021`, …), as the root exported them before it stopped loading the documents.
 */
import { POLICIES } from './generated/registry.ts';
import { _remember } from './policies/_store.ts';

_remember(POLICIES);

export * from './index.ts';
export * from './generated/registry.ts';
