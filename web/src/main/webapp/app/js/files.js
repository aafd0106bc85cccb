// Photos and PDFs a person attaches: checked by their bytes before anything is uploaded, a photo too large drawn anew
// smaller, previewed, and pictures shown larger on a tap; the profile picture drawn anew to the size the server keeps.
import {dataUrlOf, h} from './dom.js';
import {t} from './i18n.js';

export const MOST_BYTES = 10 * 1024 * 1024; // what the API takes per attachment (Attachments.MOST_BYTES)
export const ACCEPTED = 'image/jpeg,image/png,application/pdf';
/** As many files as the API takes with one message (Messages.MOST_ATTACHMENTS). */
export const MOST_ATTACHMENTS = 10;
/** What the API takes as a profile picture (Pictures.MOST_BYTES), and the most pixels a side it keeps of one. */
export const PICTURE_BYTES = 2 * 1024 * 1024;
export const PICTURE_SIDE = 1024;
// a photo over MOST_BYTES is drawn anew at most this large: small print stays legible, and phones' canvases take it
const PHOTO_SIDE = 4096;

const reduced = new WeakSet(); // photos drawn anew to fit MOST_BYTES: their preview says so

/**
 * The file as the app sends it, of the type its bytes are (as the server judges it: a PNG named .jpg is a PNG), or
 * why the app will not send it, in the person's language: {file} or {refusal}. It goes unaltered, unless it is a photo
 * over the limit: that one is drawn anew to fit, rather than refused.
 */
export async function sendable(file) {
    const type = await typeOf(file);
    if (type === null) {
        // the name promised a photo or a PDF, the bytes are something else: saying only what may be attached puzzles
        return {refusal: ACCEPTED.split(',').includes(file.type)
            ? t('files.notWhatItsNameSays', file.name) : t('problem.unsupported-attachment')};
    }
    if (file.size <= MOST_BYTES) {
        return {file: new File([file], file.name, {type})};
    }
    const photo = type.startsWith('image/') ? await fitted(file, MOST_BYTES, PHOTO_SIDE) : null;
    if (photo?.size <= MOST_BYTES) {
        reduced.add(photo);
        return {file: photo};
    }
    return {refusal: t('problem.attachment-too-large')};
}

/** JPEG, PNG or PDF, told by the file's first bytes as the server tells them (ContentTypes); else null. */
async function typeOf(file) {
    const bytes = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    const startsWith = (...prefix) => prefix.every((byte, index) =>
        bytes[index] === (typeof byte === 'string' ? byte.charCodeAt(0) : byte));
    if (startsWith(0xff, 0xd8, 0xff)) {
        return 'image/jpeg';
    }
    if (startsWith(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
        return 'image/png';
    }
    return startsWith('%', 'P', 'D', 'F', '-') ? 'application/pdf' : null;
}

/**
 * The picture drawn anew, upright as the camera marked it and without its metadata (the position where it was taken
 * never leaves the phone), at most {@code largestSide} pixels a side and, if at all possible, {@code mostBytes} large:
 * a PNG stays one if it fits so (its transparency kept), else it becomes a JPEG, smaller until it fits. Null when the
 * browser cannot read the file as a picture.
 */
export async function fitted(file, mostBytes, largestSide) {
    let bitmap;
    try {
        bitmap = await createImageBitmap(file, {imageOrientation: 'from-image'});
    } catch (noPicture) {
        return null;
    }
    try {
        const largest = Math.min(largestSide, Math.max(bitmap.width, bitmap.height));
        const smallest = Math.min(64, largest);
        let drawn = await typeOf(file) === 'image/png' ? await drawnAt(bitmap, largest, 'image/png') : null;
        for (let side = largest; side >= smallest && !(drawn?.size <= mostBytes); side = Math.floor(side * 0.8)) {
            drawn = await drawnAt(bitmap, side, 'image/jpeg');
        }
        if (!drawn) {
            return null;
        }
        const name = file.name.replace(/\.[^.]*$/, '') + (drawn.type === 'image/png' ? '.png' : '.jpg');
        return new File([drawn], name, {type: drawn.type});
    } finally {
        bitmap.close();
    }
}

/** The picture drawn at most {@code side} pixels a side as this type, or null where the canvas could not be so large. */
function drawnAt(bitmap, side, type) {
    const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
    const canvas = h('canvas', {width: Math.max(1, Math.round(bitmap.width * scale)),
        height: Math.max(1, Math.round(bitmap.height * scale))});
    const context = canvas.getContext('2d');
    if (type === 'image/jpeg') {
        context.fillStyle = '#fff'; // a JPEG has no transparency: what was transparent is white, not black
        context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return new Promise(resolve => canvas.toBlob(resolve, type, 0.9));
}

/** A small picture of an image, saying so if it was drawn anew smaller, or the name of a PDF. */
export async function previewOf(file) {
    return file.type.startsWith('image/')
        ? [enlargeable(h('img', {alt: file.name, class: 'thumbnail', src: await dataUrlOf(file)})),
            reduced.has(file) ? h('span', {class: 'hint'}, t('files.reduced')) : null]
        : h('span', {class: 'file'}, file.name);
}

/** The picture as a button that shows it at full size over the view; a tap, Escape or the close button ends that. */
export function enlargeable(image) {
    return h('button', {type: 'button', class: 'enlarge', 'aria-label': t('files.enlarge', image.alt),
        onclick: () => {
            const close = h('button', {type: 'button', class: 'secondary', id: 'closeViewer'}, t('files.close'));
            const viewer = h('dialog', {class: 'viewer', id: 'viewer', 'aria-label': image.alt},
                h('img', {src: image.src, alt: image.alt}), close);
            viewer.addEventListener('close', () => viewer.remove());
            viewer.addEventListener('click', () => viewer.close());
            document.body.append(viewer);
            viewer.showModal();
            close.focus();
        }}, image);
}
