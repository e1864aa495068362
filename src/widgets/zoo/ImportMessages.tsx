/** What went wrong (an alert, its id for aria-describedby) and what was counted (a status), under an import control. */
export function ImportMessages({ errorId, error, status }: { errorId: string; error: string | null; status: string }) {
  return (
    <>
      <p id={errorId} className="zoo-import-error" role="alert">
        {error}
      </p>
      <p className="zoo-import-status" role="status">
        {status}
      </p>
    </>
  );
}
