throw new Error(
  'The course\'s deno.json replaces @napi-rs/canvas-linux-x64-musl with a placeholder (see its "links") to save ' +
    "the download on glibc systems. On a musl system (Alpine) remove that entry and run deno install.",
);
