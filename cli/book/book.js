// The book's few behaviours, without a library: the menu button of a narrow screen, a copy
// button on each code cell, crisp pixels for a picture shown larger than it was drawn, a picture
// a little too wide shrunk to fit, a fade at the edge of a box that scrolls sideways, and the
// section being read marked in the sidebar.
// The book reads the same without them.
(() => {
  const body = document.body;

  const menu = document.querySelector(".book-menu");
  const setOpen = (open) => {
    body.classList.toggle("book-nav-open", open);
    menu?.setAttribute("aria-expanded", String(open));
  };
  menu?.addEventListener("click", () => setOpen(!body.classList.contains("book-nav-open")));
  document.addEventListener("click", (event) => {
    if (!body.classList.contains("book-nav-open") || event.target.closest(".book-menu")) return;
    if (!event.target.closest(".book-sidebar") || event.target.closest("a")) setOpen(false);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setOpen(false);
  });

  const copyText = async (text) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement("textarea");
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
  };
  for (const editor of document.querySelectorAll(".jp-CodeCell .jp-InputArea-editor")) {
    const code = editor.querySelector("pre");
    if (!code) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "book-copy";
    button.textContent = body.dataset.copy ?? "Copy";
    button.setAttribute("aria-label", body.dataset.copyLabel ?? "Copy this code");
    button.addEventListener("click", async () => {
      await copyText(code.textContent.replace(/\n$/, ""));
      button.textContent = body.dataset.copied ?? "Copied";
      button.classList.add("book-copied");
      setTimeout(() => {
        button.textContent = body.dataset.copy ?? "Copy";
        button.classList.remove("book-copied");
      }, 1500);
    });
    editor.append(button);
  }

  const sharpen = (image) => {
    if (image.naturalWidth && image.getBoundingClientRect().width > image.naturalWidth * 1.05) {
      image.classList.add("book-pixelated");
    }
  };
  for (const image of document.querySelectorAll(".jp-OutputArea-output img")) {
    if (image.complete) sharpen(image);
    else image.addEventListener("load", () => sharpen(image));
  }

  // A picture a little wider than its box (a grid of digits on a laptop) is shrunk to fit, as far
  // as its text stays readable: a PNG's titles are 15 px (0.7 leaves 10.5 px), a chart's text
  // 10 px (0.9 leaves 9 px). A much wider one (any grid on a phone) keeps its size and scrolls
  // sideways.
  const shrinkAtMost = (picture) => picture.tagName === "IMG" ? 0.7 : 0.9;
  const pictures = document.querySelectorAll(
    ".jp-OutputArea-output img, .jp-OutputArea-output svg[viewBox]:not(svg svg)",
  );
  const fit = (picture) => {
    const box = picture.closest(".jp-OutputArea-output");
    picture.classList.remove("book-fit");
    const width = picture.getBoundingClientRect().width;
    const room = box.clientWidth;
    picture.classList.toggle("book-fit", width > room && room / width >= shrinkAtMost(picture));
  };
  const fitAll = () => pictures.forEach(fit);
  for (const picture of pictures) {
    if (picture.tagName === "IMG" && !picture.complete) {
      picture.addEventListener("load", () => fit(picture));
    }
  }
  addEventListener("resize", fitAll);
  fitAll();

  // A box that scrolls sideways fades out at the edge where more is hidden.
  const boxes = document.querySelectorAll(
    ".jp-OutputArea-output, .jp-InputArea-editor pre, .katex-display, .jp-RenderedMarkdown table",
  );
  const fade = (box) => {
    const more = box.scrollLeft + box.clientWidth < box.scrollWidth - 2;
    box.classList.toggle("book-more", more);
  };
  for (const box of boxes) box.addEventListener("scroll", () => fade(box), { passive: true });
  const fadeAll = () => boxes.forEach(fade);
  addEventListener("load", fadeAll);
  addEventListener("resize", fadeAll);
  fadeAll();

  const links = new Map(
    [...document.querySelectorAll(".book-sections a")].map((a) => [
      a.getAttribute("href").slice(1),
      a,
    ]),
  );
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter(Boolean);
  let current = null;
  let pending = false;
  const mark = () => {
    pending = false;
    const top = headings.filter((h) => h.getBoundingClientRect().top < 120).pop() ?? headings[0];
    if (!top || top === current) return;
    current = top;
    for (const a of links.values()) a.classList.remove("book-here");
    links.get(top.id)?.classList.add("book-here");
  };
  const later = () => {
    if (!pending) requestAnimationFrame(mark);
    pending = true;
  };
  addEventListener("scroll", later, { passive: true });
  addEventListener("resize", later);
  mark();
})();
