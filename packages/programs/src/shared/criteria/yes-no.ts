import { type Arg, defineVariable, type Label, v } from '@jibsa/rules';

/** A yes/no criterion: a labelled variable whose value is true or false. */
export const yesNo = (id: string, label: Label, expr: Arg) => defineVariable(id, label, 'bool', expr);

/** A yes/no the household answers itself: the criterion is the household's answer of the same name. */
export const answered = (id: string, label: Label) => yesNo(id, label, v.input(id));
