/** Where reader-vendor.js leaves React for reader-ui.js (see ../shared-react.ts; the .cjs here). */
export const SHARED_REACT_GLOBAL = '__duizhaoReact';
