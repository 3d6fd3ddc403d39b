import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GlossaryApp } from '../../components/glossary/glossary-app';
import '../../components/glossary/glossary.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GlossaryApp />
  </StrictMode>,
);
