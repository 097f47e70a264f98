import { useCustomEntities } from '../notebook/customHooks';
import { TrackedNameItem } from './TrackedNameItem';
import { TrackedNameStatus } from './TrackedNameStatus';
import { useTrackedNameDelete } from './useTrackedNameDelete';

/** Props for TrackedNames. */
export interface TrackedNamesProps {
  now: () => number;
  /** Rebuilds the background's index and has open pages re-mark, after every change. */
  onChanged: () => Promise<void>;
}

/** The options page's "Names you track": each name with its other names and description, Edit and Delete with Undo. */
export function TrackedNames({ now, onChanged }: TrackedNamesProps) {
  const { value: list, error } = useCustomEntities();
  const { state, remove, undo } = useTrackedNameDelete(onChanged);
  const restoredId = state.kind === 'restored' ? state.entity.id : null;
  if (error) return <p class="error" role="alert">Tracked names could not be read: {error}</p>;
  return (
    <div class="tracked-names">
      <TrackedNameStatus state={state} onUndo={() => void undo()} />
      {list && list.length === 0 && (
        <p class="muted">None yet. Select a name on a page, right-click, and choose “Track … with Backstory”.</p>
      )}
      {list && list.length > 0 && (
        <ul class="tracked-list">
          {list.map((e) => (
            <TrackedNameItem key={e.id} entity={e} now={now} onChanged={onChanged} onDelete={(entity) => void remove(entity)} focus={e.id === restoredId} />
          ))}
        </ul>
      )}
    </div>
  );
}
