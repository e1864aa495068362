import { useState, type DragEvent } from 'react';

/**
 * An element that takes a drop: it shows it is ready (`dragging`) while
 * something it `accepts` is dragged over it, and hands the drop to `onDrop`.
 * Spread `handlers` on the element and mark it with `data-dragging={dragging || undefined}`.
 */
export function useDropZone(accepts: (types: readonly string[]) => boolean, onDrop: (data: DataTransfer) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent) => {
      if (!accepts([...event.dataTransfer.types])) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      onDrop(event.dataTransfer);
    },
  };
  return { dragging, handlers };
}
