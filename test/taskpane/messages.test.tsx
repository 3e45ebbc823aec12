/** @jest-environment jsdom */
import "./setup";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { NoticeBar } from "../../src/taskpane/components/Messages";

describe("a notice bar", () => {
  it("is named by its title, and points at no title when it has none", () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <NoticeBar
          intent="info"
          lang="mn"
          title={{ mn: "Гарчиг", en: "Title" }}
          text={{ mn: "а", en: "a" }}
        />
        <NoticeBar intent="success" lang="mn" text={{ mn: "Бичлээ.", en: "Written." }} />
      </FluentProvider>,
    );
    const [titled, plain] = [...container.querySelectorAll('[role="group"]')];
    const id = titled.getAttribute("aria-labelledby");
    expect(id && container.querySelector(`[id="${id}"]`)?.textContent).toBe("Гарчиг");
    expect(plain.hasAttribute("aria-labelledby")).toBe(false);
  });
});
