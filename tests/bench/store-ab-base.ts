/**
 * The store the paired benchmark (`store-ab.ts`) compares against. Type-checked as this checkout's store; when
 * the benchmark bundles its page, this module is replaced by the store of the checkout given with `--base`.
 */
export { openStore } from '../../src/background/store';
