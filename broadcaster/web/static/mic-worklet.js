// Runs in the audio thread: gathers the microphone into ~20 ms chunks of 16-bit PCM and
// hands them to the page, with the chunk's peak level for the meter.
class MicChunks extends AudioWorkletProcessor {
  constructor() {
    super();
    this.size = Math.round(sampleRate / 50);
    this.buf = new Int16Array(this.size);
    this.n = 0;
    this.peak = 0;
  }
  process(inputs) {
    const input = inputs[0] && inputs[0][0];
    if (!input) { return true; }
    for (let i = 0; i < input.length; i++) {
      const v = Math.max(-1, Math.min(1, input[i]));
      this.peak = Math.max(this.peak, Math.abs(v));
      this.buf[this.n++] = v < 0 ? v * 32768 : v * 32767;
      if (this.n === this.size) {
        this.port.postMessage({ pcm: this.buf.buffer, peak: this.peak, at: currentTime }, [this.buf.buffer]);
        this.buf = new Int16Array(this.size);
        this.n = 0;
        this.peak = 0;
      }
    }
    return true;
  }
}
registerProcessor("mic-chunks", MicChunks);
