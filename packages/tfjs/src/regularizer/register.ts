/**
 * The package's one side effect: importing it registers `MMARegularizer` and
 * `AngularRegularizer` with the `tf.serialization` registry of the peer
 * `@tensorflow/tfjs`, so `tf.loadLayersModel` restores them in a program that never
 * constructed one. Idempotent, so importing the package twice (or two copies of it) is
 * safe. A program on another tf namespace calls `registerRegularizers(tf)` itself.
 */
import { registerRegularizers } from "./regularizerClasses.js";

registerRegularizers();
