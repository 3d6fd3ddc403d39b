/* global module */
// The reader's interface (reader-ui.js) takes React from reader-vendor.js, evaluated before it in
// the same isolated world (wxt.config.ts, utils/build/shared-react.ts).
const shared = globalThis.__duizhaoReact;
if (!shared)
  throw new Error('Duizhao: React (reader-vendor.js) was not loaded before reader-ui.js');
module.exports = shared.reactDomClient;
