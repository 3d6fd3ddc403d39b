import { startExtensionPage } from '../../components/i18n/extension-page';
import { PopupApp } from '../../components/popup/popup-app';
import '../../components/popup/popup.css';
import '../../components/reading-settings/reading-settings.css';

startExtensionPage(<PopupApp />, 'popup.pageTitle');
