/** The web application's texts for its admin screens (apps/web/src/admin). */
export const webAdmin = {
  title: 'Opsætning',
};
