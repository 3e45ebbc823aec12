import { useState, type FormEvent } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
  makeStyles,
} from "@fluentui/react-components";
import type { Lang } from "../core/text";
import type { StructureChange } from "./structure";
import { tell } from "./strings";

const useStyles = makeStyles({
  // Excel's own Insert and Delete dialogs are small: two choices and two buttons.
  surface: { maxWidth: "360px" },
});

export interface LinesDialogProps {
  lang: Lang;
  /** What Ctrl++ or Ctrl+- asked for on a single cell. */
  kind: StructureChange["kind"];
  onChoose: (axis: StructureChange["axis"]) => void;
  onClose: () => void;
}

/**
 * Excel's Insert / Delete question for a single cell: the entire row or the entire column?
 * (Excel also offers to shift cells; the preview changes whole rows and columns only.)
 */
export function LinesDialog({ lang, kind, onChoose, onClose }: LinesDialogProps) {
  const styles = useStyles();
  const [axis, setAxis] = useState<StructureChange["axis"]>("rows");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChoose(axis);
  };
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>
              {tell(kind === "insert" ? "insertTitle" : "deleteTitle", lang)}
            </DialogTitle>
            <DialogContent>
              <RadioGroup
                value={axis}
                aria-label={tell(kind === "insert" ? "insertTitle" : "deleteTitle", lang)}
                onChange={(_, data) => setAxis(data.value === "columns" ? "columns" : "rows")}
              >
                <Radio value="rows" label={tell("entireRow", lang)} />
                <Radio value="columns" label={tell("entireColumn", lang)} />
              </RadioGroup>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {tell("ok", lang)}
              </Button>
              <Button onClick={onClose}>{tell("cancel", lang)}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
