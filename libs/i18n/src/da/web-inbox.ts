/** The web application's texts for its inbox screens (apps/web/src/inbox). */
export const webInbox = {
  title: 'Indbakke',
};
