/** @jsxImportSource react */
// Pictures pasted or dropped on a message box, previewed above it until the
// message goes (or the author removes one). For the DM composers whose
// real look with a picture the fact sheet does not describe: the preview is
// a plausible stand-in (blob: object URLs, no network).
import { useState } from 'react';
import { fileInfos, pickFiles, type FileInfo, type PickedFile } from './harness';

export function useDroppedFiles() {
  const [files, setFiles] = useState<PickedFile[]>([]);
  return {
    files,
    add: (list: File[]) => setFiles((fs) => [...fs, ...pickFiles(list)].slice(0, 10)),
    remove: (j: number) => setFiles((fs) => fs.filter((_, k) => k !== j)),
    clear: () => setFiles([]),
    infos: (): FileInfo[] => fileInfos(files.map((f) => f.file)),
  };
}

export function DroppedPreviews(props: { files: PickedFile[]; onRemove: (j: number) => void; className?: string }) {
  if (!props.files.length) return null;
  return (
    <div className={props.className ?? 'tp-dropped'} data-test-dropped="">
      {props.files.map((f, j) => (
        <span key={j} className="tp-dropped-item" style={{ position: 'relative', display: 'inline-block', marginRight: 4 }}>
          {f.kind === 'video' ? <video src={f.url} muted width={56} height={56} /> : <img src={f.url} alt="" width={56} height={56} style={{ objectFit: 'cover', borderRadius: 8 }} />}
          <button type="button" aria-label="Remove attachment" onClick={() => props.onRemove(j)} style={{ position: 'absolute', top: 0, right: 0 }}>
            ✕
          </button>
        </span>
      ))}
    </div>
  );
}
