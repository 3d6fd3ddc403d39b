import { defineBackground } from 'wxt/utils/define-background';
import { registerBadge } from './badge';

export default defineBackground(() => {
  registerBadge();
});
