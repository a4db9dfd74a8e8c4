// The fixture directory holds the real mgmt module too, so tests load it beside the fixtures.
export { default } from '../../src/modules/mgmt-module.js';
