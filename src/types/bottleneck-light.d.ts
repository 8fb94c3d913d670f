// bottleneck's light build (no Redis clustering), the one @octokit/plugin-throttling uses; the
// package declares only its main entry, which has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
