/** A situation answer: yes/no, one option id, several option ids (multi-choice), or a number. */
export type Answer = boolean | string | number | string[];

/**
 * A condition over situation answers, as plain JSON. `eq` on a multi-choice answer means "includes";
 * `in` means "is (or, for multi-choice, includes) one of"; `range` bounds are inclusive.
 */
export type Condition =
  | { op: 'all'; of: Condition[] }
  | { op: 'any'; of: Condition[] }
  | { op: 'not'; of: Condition }
  | { op: 'eq'; question: string; value: boolean | string | number }
  | { op: 'in'; question: string; values: string[] }
  | { op: 'range'; question: string; min?: number | undefined; max?: number | undefined };
