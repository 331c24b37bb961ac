// "Ganti lembar yang sudah ada?": names the SAKIP input sheets a write would replace.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export function ReplaceDialog({ sheets, onAnswer }: { sheets: string[]; onAnswer(ok: boolean): void }) {
  return (
    <Dialog modalType="alert" open onOpenChange={(_e, data) => !data.open && onAnswer(false)}>
      <DialogSurface aria-describedby="sakip-ganti-isi">
        <DialogBody>
          <DialogTitle>Ganti lembar yang sudah ada?</DialogTitle>
          <DialogContent id="sakip-ganti-isi">
            <p style={{ marginTop: 0 }}>Lembar berikut sudah ada dan mungkin sudah Anda isi:</p>
            <ul>
              {sheets.map((s) => (
                <li key={s}>
                  <strong>{s}</strong>
                </li>
              ))}
            </ul>
            <p style={{ marginBottom: 0 }}>Jika diganti, isinya ditulis ulang dari buku kerja ini. Lembar Anda yang lain tidak diubah.</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              Ganti lembar
            </Button>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              Batal
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
