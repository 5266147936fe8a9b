/**
 * The design components every area uses (self-check, catalog, consult and the lazily loaded staff
 * area): import from here, e.g. `import { Button, TextField } from '../shared/ui/index.ts'`.
 * Their styles (base.css, ui.css, print.css) load with the app shell, so an area loaded later
 * looks the same without bringing CSS of its own.
 */
export { Button, ButtonLink, type ButtonVariant } from './Button.tsx';
export { CheckboxField } from './CheckboxField.tsx';
export { ChoiceInput } from './ChoiceInput.tsx';
export { type Column, DataTable } from './DataTable.tsx';
export { Dialog } from './Dialog.tsx';
export { ErrorSummary, type SummaryItem } from './ErrorSummary.tsx';
export { describedBy, FieldError } from './FieldError.tsx';
export { FileField } from './FileField.tsx';
export { Form } from './Form.tsx';
export { focusSoon } from './focus-soon.ts';
export { LazyDetails } from './LazyDetails.tsx';
export { ButtonRow, Notice, Page, Saved } from './layout.tsx';
export { NamedAction } from './NamedAction.tsx';
export { labelFor, optionsOf } from './options.ts';
export { PageHeading } from './PageHeading.tsx';
export { SelectField } from './SelectField.tsx';
export { TextField } from './TextField.tsx';
export { useOnce } from './use-once.ts';
