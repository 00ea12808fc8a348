// A labelled field of the newsroom editor, its hint and errors tied to it (aria-describedby) and its
// errors announced politely. `multiline` makes it a textarea; `children` a select's options.
type Props = {
  name: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  maxLength?: number;
  multiline?: number;
  list?: string;
  placeholder?: string;
  required?: boolean;
  children?: React.ReactNode;
  className?: string;
};

const INPUT = 'rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900';

export function EditorField({ name, label, defaultValue, errors, hint, maxLength, multiline, list, placeholder, required, children, className }: Props) {
  const describedBy = [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(' ');
  const common = {
    id: name,
    name,
    defaultValue,
    required,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`flex flex-col gap-1 ${className ?? ''}`}>
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {children ? (
        // Keyed by its default: React sets a select's default only when it mounts, and the form is reset
        // to the defaults after every answer; a new default must give a new select.
        <select key={defaultValue} {...common} className={INPUT}>
          {children}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={multiline} maxLength={maxLength} placeholder={placeholder} className={`${INPUT} font-mono text-sm`} />
      ) : (
        <input {...common} type="text" maxLength={maxLength} list={list} placeholder={placeholder} className={INPUT} />
      )}
      <p id={`${name}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {errors?.join(' ')}
      </p>
    </div>
  );
}
