import { defineBackground } from 'wxt/utils/define-background';
import { registerReadingService } from '../../utils/reading/service';
import { registerBadge } from './badge';
import { registerEnglishService } from './english-service';

export default defineBackground(() => {
  registerBadge();
  registerReadingService();
  registerEnglishService();
});
