/**
 * `npm start`: the main job, the local preview on the embedded demo org.
 * The preview server lands with its own issue; until then this explains what exists.
 */
console.log('Coaching Rhythm: the local preview is not built yet. Run `npm test` to exercise the package.');
