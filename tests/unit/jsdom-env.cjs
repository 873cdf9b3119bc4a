// jsdom test environment with structuredClone (fake-indexeddb needs it; jsdom lacks it).
const { TestEnvironment } = require('jest-environment-jsdom');
module.exports = class BackstoryJsdom extends TestEnvironment {
  constructor(...args) {
    super(...args);
    if (typeof this.global.structuredClone !== 'function') this.global.structuredClone = structuredClone;
  }
};
