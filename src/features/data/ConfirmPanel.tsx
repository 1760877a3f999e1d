import { useEffect, useId, useRef } from 'react';

/** A destructive step, asked about first. Takes focus so the question is read out. */
export function ConfirmPanel(props: {
  question: string;
  detail: string;
  action: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-labelledby={id} tabIndex={-1} ref={ref}>
      <p id={id}>
        <strong>{props.question}</strong> {props.detail}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.action}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
