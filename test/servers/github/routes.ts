/** The operations the server implements (checked against the description) and their handlers. */
import {
  createDeployment,
  createDeploymentStatus,
  getEnvironment,
  getRun,
  listApprovals,
  listDeployments,
  listDeploymentStatuses,
  listWorkflowRuns,
  rateLimit
} from './actions.js'
import { getCombinedStatus, listCheckRuns } from './checks.js'
import { compare, getCommit } from './history.js'
import type { Handler } from './http.js'
import {
  createRelease,
  deleteAsset,
  getAsset,
  getRelease,
  getReleaseByTag,
  listAssets,
  listReleases,
  updateAsset,
  uploadAsset
} from './releases.js'
import type { OperationSpec } from './spec.js'

const REPO = '/repos/{owner}/{repo}'

/** [method, template in the description, serve prefix]. Uploads live under /uploads (GitHub: uploads.github.com). */
export const OPERATIONS: readonly OperationSpec[] = [
  ['get', `${REPO}/releases`],
  ['post', `${REPO}/releases`],
  ['get', `${REPO}/releases/{release_id}`],
  ['get', `${REPO}/releases/tags/{tag}`],
  ['get', `${REPO}/releases/{release_id}/assets`],
  ['post', `${REPO}/releases/{release_id}/assets`, '/uploads'],
  ['get', `${REPO}/releases/assets/{asset_id}`],
  ['patch', `${REPO}/releases/assets/{asset_id}`],
  ['delete', `${REPO}/releases/assets/{asset_id}`],
  ['get', `${REPO}/commits/{ref}`],
  ['get', `${REPO}/commits/{ref}/check-runs`],
  ['get', `${REPO}/commits/{ref}/status`],
  ['get', `${REPO}/compare/{basehead}`],
  ['get', `${REPO}/environments/{environment_name}`],
  ['get', `${REPO}/actions/runs/{run_id}`],
  ['get', `${REPO}/actions/runs/{run_id}/approvals`],
  ['get', `${REPO}/actions/workflows/{workflow_id}/runs`],
  ['post', `${REPO}/deployments`],
  ['get', `${REPO}/deployments`],
  ['post', `${REPO}/deployments/{deployment_id}/statuses`],
  ['get', `${REPO}/deployments/{deployment_id}/statuses`],
  ['get', '/rate_limit']
]

export const HANDLERS: Record<string, Handler> = {
  [`GET ${REPO}/releases`]: listReleases,
  [`POST ${REPO}/releases`]: createRelease,
  [`GET ${REPO}/releases/{release_id}`]: getRelease,
  [`GET ${REPO}/releases/tags/{tag}`]: getReleaseByTag,
  [`GET ${REPO}/releases/{release_id}/assets`]: listAssets,
  [`POST ${REPO}/releases/{release_id}/assets`]: uploadAsset,
  [`GET ${REPO}/releases/assets/{asset_id}`]: getAsset,
  [`PATCH ${REPO}/releases/assets/{asset_id}`]: updateAsset,
  [`DELETE ${REPO}/releases/assets/{asset_id}`]: deleteAsset,
  [`GET ${REPO}/commits/{ref}`]: getCommit,
  [`GET ${REPO}/commits/{ref}/check-runs`]: listCheckRuns,
  [`GET ${REPO}/commits/{ref}/status`]: getCombinedStatus,
  [`GET ${REPO}/compare/{basehead}`]: compare,
  [`GET ${REPO}/environments/{environment_name}`]: getEnvironment,
  [`GET ${REPO}/actions/runs/{run_id}`]: getRun,
  [`GET ${REPO}/actions/runs/{run_id}/approvals`]: listApprovals,
  [`GET ${REPO}/actions/workflows/{workflow_id}/runs`]: listWorkflowRuns,
  [`POST ${REPO}/deployments`]: createDeployment,
  [`GET ${REPO}/deployments`]: listDeployments,
  [`POST ${REPO}/deployments/{deployment_id}/statuses`]: createDeploymentStatus,
  [`GET ${REPO}/deployments/{deployment_id}/statuses`]: listDeploymentStatuses,
  ['GET /rate_limit']: rateLimit
}
