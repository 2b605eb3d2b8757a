/** The checks of the image exercises (01, 11). */
import assert from "node:assert/strict";
import {
  checkBoundingBox,
  checkCentreOfMass,
  checkFlatIndex,
  checkInkCount,
} from "../lib/notebook/exercises/mod.ts";
import { right, untyped, wrong } from "./_exercise_asserts.ts";

Deno.test("checkInkCount() counts pixels above 0 and recognises other counts", () => {
  const set = {
    images: new Uint8Array([0, 3, 0, 0, 9, 9, 9, 0, 255, 100, 0, 0]),
    labels: new Uint8Array([1, 2, 3]),
    count: 3,
    rows: 2,
    cols: 2,
  };
  right(checkInkCount(set, 1, 3));
  wrong(checkInkCount(set, 0, 2), /is not it\. Hint: count the pixels whose value is greater/);
  wrong(checkInkCount(set, 0, 3), /background pixels .* Or it is the sum of the pixel values/);
  wrong(checkInkCount(set, 1, 4), /is every pixel of the image \(2 × 2\)/);
  wrong(checkInkCount(set, 1, 1), /background pixels/);
  wrong(checkInkCount(set, 1, 27), /sum of the pixel values/);
  wrong(checkInkCount(set, 2, 1), /only the fully black pixels \(255\)/);
  wrong(checkInkCount(set, 1, 2.5), /a whole number, and 2\.5 is not/);
});

Deno.test("checkFlatIndex() wants row · cols + col and recognises swaps and off-by-ones", () => {
  right(checkFlatIndex(10, 14, 294));
  right(checkFlatIndex(1, 2, 7, 5));
  wrong(checkFlatIndex(10, 14, 280), /each row before row 10 contributes 28 entries/);
  wrong(checkFlatIndex(10, 14, 402), /swaps row and column/);
  wrong(checkFlatIndex(10, 14, 295), /counts from 1/);
  wrong(checkFlatIndex(10, 14, 322), /counts 11 full rows/);
  wrong(checkFlatIndex(10, 14, 24), /adds row and column/);
  wrong(checkFlatIndex(10, 14, untyped("294")), /the text "294"/);
});

// A 3 × 4 image: ink 100 and 200 in row 1, 100 in row 2; mass 400.
// Row: (100 + 200 + 2·100) / 400 = 1.25; column: (100 + 2·200 + 2·100) / 400 = 1.75.
const BLOB = [0, 0, 0, 0, 0, 100, 200, 0, 0, 0, 100, 0];

Deno.test("checkCentreOfMass() wants the ink-weighted mean row and column within 0.05", () => {
  right(checkCentreOfMass(BLOB, [1.25, 1.75], 4), /\[1\.25, 1\.75\]/);
  right(checkCentreOfMass(BLOB, [1.25 + 0.0499, 1.75 - 0.0499], 4));
  wrong(checkCentreOfMass(BLOB, [1.25 + 0.0501, 1.75], 4), /the column is right, the row is off/);
  wrong(checkCentreOfMass(BLOB, [1.25, 1.9], 4), /the row is right, the column is off/);
  wrong(checkCentreOfMass(BLOB, [0, 0], 4), /both coordinates are off\. Hint: .*Σ v·r \/ Σ v/);
});

Deno.test("checkCentreOfMass() recognises swapped, unweighted, frame-centre and 1-based answers", () => {
  wrong(checkCentreOfMass(BLOB, [1.75, 1.25], 4), /swaps row and column/);
  wrong(
    checkCentreOfMass(BLOB, [4 / 3, 5 / 3], 4),
    /plain mean position of the ink pixels: weight/,
  );
  wrong(
    checkCentreOfMass(BLOB, [5 / 3, 4 / 3], 4),
    /plain mean position .* with row and column swapped/,
  );
  wrong(checkCentreOfMass(BLOB, [1, 1.5], 4), /centre of the frame/);
  wrong(checkCentreOfMass(BLOB, [2.25, 2.75], 4), /counts rows and columns from 1/);
  wrong(checkCentreOfMass(BLOB, [500 / 12, 700 / 12], 4), /divides by the number of pixels/);
  wrong(checkCentreOfMass(BLOB, [500 / 3, 700 / 3], 4), /divides by the number of ink pixels/);
});

Deno.test("checkCentreOfMass() explains answers of the wrong shape and refuses an empty image", () => {
  wrong(checkCentreOfMass(BLOB, [1.25], 4), /Give 2 numbers \(\[row, column\]\), got 1/);
  wrong(
    checkCentreOfMass(BLOB, untyped({ row: 1.25, col: 1.75 }), 4),
    /as an array, got the object/,
  );
  wrong(checkCentreOfMass(BLOB, untyped(["1.25", 1.75]), 4), /Entry 0 of the array is the text/);
  wrong(checkCentreOfMass(BLOB, [NaN, 1.75], 4), /Entry 0 of the array is NaN/);
  assert.throws(() => checkCentreOfMass([0, 0, 0, 0], [0, 0], 2), /has no ink/);
  assert.throws(() => checkCentreOfMass([1, 2, 3], [0, 0], 2), /not a whole number of rows of 2/);
});

// A 3 × 5 image with ink in rows 1 … 2 and columns 1 … 3.
const STROKE = [0, 0, 0, 0, 0, 0, 5, 5, 5, 0, 0, 0, 0, 7, 0];

Deno.test("checkBoundingBox() wants the inclusive first and last rows and columns with ink", () => {
  right(checkBoundingBox(STROKE, { top: 1, bottom: 2, left: 1, right: 3 }, 5));
  wrong(
    checkBoundingBox(STROKE, { top: 1, bottom: 3, left: 1, right: 4 }, 5),
    /one past the ink: they are inclusive/,
  );
  wrong(
    checkBoundingBox(STROKE, { top: 2, bottom: 3, left: 2, right: 4 }, 5),
    /counts rows and columns from 1/,
  );
  wrong(
    checkBoundingBox(STROKE, { top: 1, bottom: 3, left: 1, right: 2 }, 5),
    /swaps rows and columns/,
  );
  wrong(checkBoundingBox(STROKE, { top: 0, bottom: 2, left: 0, right: 4 }, 5), /the whole frame/);
  wrong(
    checkBoundingBox(STROKE, { top: 1, bottom: 3, left: 1, right: 3 }, 5),
    /^Not yet: check `bottom` \(off by one\)\. Hint:/,
  );
  wrong(
    checkBoundingBox(STROKE, { top: 0, bottom: 2, left: 3, right: 3 }, 5),
    /check `top` \(off by one\), `left`\./,
  );
  wrong(checkBoundingBox(STROKE, { top: 1, bottom: 2, left: 1, right: 3.5 }, 5), /whole numbers/);
});

Deno.test("checkBoundingBox() explains answers of the wrong shape and refuses an empty image", () => {
  wrong(checkBoundingBox(STROKE, untyped({ top: 1, bottom: 2, left: 1 }), 5), /has no `right`/);
  wrong(checkBoundingBox(STROKE, untyped([1, 2, 1, 3]), 5), /Give an object `\{ top: …/);
  wrong(
    checkBoundingBox(STROKE, untyped({ top: "1", bottom: 2, left: 1, right: 3 }), 5),
    /`top`: Expected a number, got the text "1"/,
  );
  assert.throws(() => checkBoundingBox(new Uint8Array(4), undefined, 2), /has no ink/);
});
