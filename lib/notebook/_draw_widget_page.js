// The browser half of the draw-a-digit widget (lib/draw_widget.ts). It runs inside the notebook
// output, the rendered site or any page: no network, no library. The network's weights arrive
// base64-encoded in the container's data-weights attribute.
(function (root) {
  const SIZE = 280, GRID = 28, BOX = 20;

  function decodeWeights(text, sizes) {
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const all = new Float32Array(bytes.buffer);
    const layers = [];
    let offset = 0;
    for (let l = 1; l < sizes.length; l++) {
      const inputs = sizes[l - 1], outputs = sizes[l];
      const W = all.subarray(offset, offset + inputs * outputs);
      offset += inputs * outputs;
      const b = all.subarray(offset, offset + outputs);
      offset += outputs;
      layers.push({ W, b, inputs, outputs });
    }
    return layers;
  }

  // The forward pass: z = W·x + b, ReLU between layers, softmax at the end.
  function probabilities(layers, input) {
    let x = input;
    layers.forEach((layer, l) => {
      const z = new Float32Array(layer.outputs);
      for (let j = 0; j < layer.outputs; j++) {
        let sum = layer.b[j];
        const row = j * layer.inputs;
        for (let i = 0; i < layer.inputs; i++) sum += layer.W[row + i] * x[i];
        z[j] = l < layers.length - 1 ? Math.max(0, sum) : sum;
      }
      x = z;
    });
    const max = Math.max(...x);
    const exps = Array.from(x, (v) => Math.exp(v - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  }

  // MNIST's own preparation: the ink's bounding box scaled (keeping its shape) to fit 20 × 20,
  // averaging the pixels each new pixel covers (anti-aliasing), then placed in 28 × 28 so that
  // its centre of mass sits at the centre. Returns 784 values in [0, 1], or null without ink.
  function preprocess(ink, width, height) {
    let top = height, left = width, bottom = -1, right = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (ink[y * width + x] > 0) {
          top = Math.min(top, y), bottom = Math.max(bottom, y);
          left = Math.min(left, x), right = Math.max(right, x);
        }
      }
    }
    if (bottom < 0) return null;
    const w = right - left + 1, h = bottom - top + 1;
    const scale = BOX / Math.max(w, h);
    const tw = Math.max(1, Math.round(w * scale)), th = Math.max(1, Math.round(h * scale));
    const small = new Float32Array(tw * th);
    const sums = new Float32Array(tw * th), counts = new Float32Array(tw * th);
    for (let y = 0; y < h; y++) {
      const ty = Math.min(th - 1, Math.floor(((y + 0.5) * th) / h));
      for (let x = 0; x < w; x++) {
        const tx = Math.min(tw - 1, Math.floor(((x + 0.5) * tw) / w));
        sums[ty * tw + tx] += ink[(top + y) * width + left + x];
        counts[ty * tw + tx]++;
      }
    }
    let mass = 0, mx = 0, my = 0;
    for (let k = 0; k < small.length; k++) {
      small[k] = counts[k] ? sums[k] / counts[k] / 255 : 0;
      mass += small[k];
      mx += small[k] * ((k % tw) + 0.5);
      my += small[k] * (Math.floor(k / tw) + 0.5);
    }
    // MNIST's centres of mass lie within half a pixel of pixel (14, 14), whose middle is at 14.5.
    const centre = GRID / 2 + 0.5;
    const dx = Math.round(centre - mx / mass), dy = Math.round(centre - my / mass);
    const input = new Float32Array(GRID * GRID);
    for (let y = 0; y < th; y++) {
      for (let x = 0; x < tw; x++) {
        const gx = x + dx, gy = y + dy;
        if (gx >= 0 && gx < GRID && gy >= 0 && gy < GRID) input[gy * GRID + gx] = small[y * tw + x];
      }
    }
    return input;
  }

  function setUp(container) {
    if (container.mnistDraw) return;
    const sizes = JSON.parse(container.dataset.sizes);
    const layers = decodeWeights(container.dataset.weights, sizes);
    const pad = container.querySelector("canvas.pad");
    const preview = container.querySelector("canvas.preview");
    const bars = [...container.querySelectorAll(".bar")];
    const answer = container.querySelector(".answer");
    const context = pad.getContext("2d", { willReadFrequently: true });
    let input = null, probs = null, drawing = false, last = null;

    function predict() {
      const rgba = context.getImageData(0, 0, SIZE, SIZE).data;
      const ink = new Uint8ClampedArray(SIZE * SIZE);
      for (let k = 0; k < ink.length; k++) ink[k] = rgba[4 * k + 3];
      input = preprocess(ink, SIZE, SIZE);
      const view = preview.getContext("2d");
      const image = view.createImageData(GRID, GRID);
      for (let k = 0; k < GRID * GRID; k++) {
        const shade = 255 - Math.round(255 * (input ? input[k] : 0));
        image.data.set([shade, shade, shade, 255], 4 * k);
      }
      view.putImageData(image, 0, 0);
      probs = input ? probabilities(layers, input) : null;
      bars.forEach((bar, digit) => {
        bar.style.height = `${probs ? Math.round(100 * probs[digit]) : 0}%`;
        bar.title = probs ? `${digit}: ${(100 * probs[digit]).toFixed(1)}%` : "";
      });
      const best = probs ? probs.indexOf(Math.max(...probs)) : null;
      answer.textContent = probs ? `${best}` : "?";
      container.dataset.prediction = probs ? String(best) : "";
    }

    function point(event) {
      const box = pad.getBoundingClientRect();
      return [
        (event.clientX - box.left) * (SIZE / box.width),
        (event.clientY - box.top) * (SIZE / box.height),
      ];
    }
    context.lineCap = context.lineJoin = "round";
    context.lineWidth = 20;
    context.strokeStyle = "black";
    pad.addEventListener("pointerdown", (event) => {
      drawing = true;
      last = point(event);
      pad.setPointerCapture?.(event.pointerId);
    });
    pad.addEventListener("pointermove", (event) => {
      if (!drawing) return;
      const next = point(event);
      context.beginPath();
      context.moveTo(...last);
      context.lineTo(...next);
      context.stroke();
      last = next;
      predict();
    });
    const stop = () => {
      if (drawing) predict();
      drawing = false;
    };
    pad.addEventListener("pointerup", stop);
    pad.addEventListener("pointerleave", stop);
    container.querySelector("button.clear").addEventListener("click", () => {
      context.clearRect(0, 0, SIZE, SIZE);
      predict();
    });
    container.mnistDraw = {
      predict,
      input: () => (input ? Array.from(input) : null),
      probabilities: () => probs,
      probabilitiesOf: (pixels) => probabilities(layers, Float32Array.from(pixels)),
    };
    predict();
  }

  root.document.querySelectorAll("[data-mnist-draw]").forEach(setUp);
})(globalThis);
