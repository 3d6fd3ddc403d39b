import { startExtensionPage } from '../../components/i18n/extension-page';
import { GlossaryApp } from '../../components/glossary/glossary-app';
import '../../components/glossary/glossary.css';

startExtensionPage(<GlossaryApp />, 'glossary.title');
