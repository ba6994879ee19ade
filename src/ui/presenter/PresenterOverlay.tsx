/** Presenter mode's large "current message and its explanation" (loaded only in presenter mode). */
export default function PresenterOverlay() {
  return null;
}
