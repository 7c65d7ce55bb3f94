// Types of eslint.layers.js for src/architecture.test.ts.
import type { Linter } from 'eslint';

export declare const layerRules: Linter.Config[];
