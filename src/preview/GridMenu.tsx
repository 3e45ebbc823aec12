import { Menu, MenuItem, MenuList, MenuPopover } from "@fluentui/react-components";
import type { PositioningVirtualElement } from "@fluentui/react-components";
import type { Lang } from "../core/text";
import { changeLabel, type StructureChange } from "./structure";
import { tell } from "./strings";

type Axis = StructureChange["axis"];

/** Where the menu opens (the mouse, or the active cell for the keyboard) and what it offers. */
export interface MenuPlace {
  target: HTMLElement | PositioningVirtualElement;
  /** A cell offers rows and columns; a row header rows only; a column header columns only. */
  axes: Axis[];
}

export interface GridMenuProps {
  lang: Lang;
  place: MenuPlace | null;
  onChoose: (change: Pick<StructureChange, "kind" | "axis">) => void;
  onClose: () => void;
}

/** The grid's context menu, as Excel's: insert above or to the left, delete. */
export function GridMenu({ lang, place, onChoose, onClose }: GridMenuProps) {
  const items = (place?.axes ?? []).flatMap((axis) =>
    (["insert", "delete"] as const).map((kind) => ({ kind, axis })),
  );
  return (
    <Menu
      open={place !== null}
      onOpenChange={(_, data) => !data.open && onClose()}
      positioning={{ target: place?.target, position: "below", align: "start" }}
    >
      <MenuPopover>
        <MenuList aria-label={tell("cellMenu", lang)}>
          {items.map((change) => (
            <MenuItem key={`${change.kind}-${change.axis}`} onClick={() => onChoose(change)}>
              {tell(changeLabel(change), lang)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A point of the page as a menu's target: where the mouse was right-clicked. */
export function pointTarget(x: number, y: number): PositioningVirtualElement {
  return { getBoundingClientRect: () => new DOMRect(x, y, 0, 0) };
}
