/** Provided by src/integrations/palette-css.ts. */
declare module 'virtual:palette.css';
