/** The web application's texts for its cases screens (apps/web/src/cases). */
export const webCases = {
  title: 'Sager',
};
