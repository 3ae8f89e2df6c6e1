/** The web application's texts for its imports screens (apps/web/src/imports). */
export const webImports = {
  title: 'Restancelister',
};
