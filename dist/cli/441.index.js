export const id = 441;
export const ids = [441];
export const modules = {

/***/ 6441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubConfigRepoSource: () => (/* binding */ GitHubConfigRepoSource)
/* harmony export */ });
/* harmony import */ var _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3260);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4212);


/** ETags of branch heads seen in this process: a repeated look-up is a 304, free of rate limit. */
const heads = new Map();
/**
 * `owner/repo[@ref]` config repositories through the REST API: the head in one request (the SHA
 * media type, conditional when this process asked before), the commits since the deployed one from
 * the compare API (one more request, only when the head moved).
 */
class GitHubConfigRepoSource {
    settings;
    client;
    ownToken;
    constructor(settings, log) {
        this.settings = settings;
        this.ownToken = settings.configReposToken !== undefined;
        this.client = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClient */ .$f)({
            token: settings.configReposToken ?? settings.github.token,
            apiUrl: settings.github.apiUrl,
            log
        });
    }
    supports(spec) {
        return spec.kind === 'github';
    }
    async inspect(spec, deployed) {
        const [owner = '', repo = ''] = spec.url.split('/');
        const head = await this.head(spec, owner, repo);
        const base = {
            name: spec.name,
            source: `${this.settings.github.serverUrl.replace(/\/+$/, '')}/${spec.url}`,
            envName: spec.envName,
            deployed,
            head
        };
        if (deployed === head)
            return { ...base, moved: false, commits: [], totalCommits: 0 };
        if (!deployed)
            return { ...base, moved: true, commits: [], totalCommits: 0, note: 'not deployed before' };
        return { ...base, moved: true, ...(await this.commitsBetween(spec, owner, repo, deployed, head)) };
    }
    async head(spec, owner, repo) {
        const ref = spec.ref ?? 'HEAD';
        const key = `${this.client.apiUrl}/${spec.url}@${ref}`;
        const cached = heads.get(key);
        let response;
        try {
            response = await this.client.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
                owner,
                repo,
                ref,
                headers: { accept: 'application/vnd.github.sha', ...(cached ? { 'if-none-match': cached.etag } : {}) }
            });
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
            if (status === 304 && cached)
                return cached.sha;
            throw this.failure(spec, ref, error);
        }
        const data = response.data;
        const sha = (typeof data === 'string' ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : '').trim();
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
            throw new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `GitHub answered the head of ${ref} with something that is not a commit SHA`, 'check `GITHUB_API_URL` and the ref');
        }
        const etag = response.headers.etag;
        if (etag)
            heads.set(key, { etag, sha });
        return sha;
    }
    failure(spec, ref, error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
        const own = this.settings.github.repository;
        if (status === 404 || status === 403) {
            const fix = this.ownToken
                ? `make sure \`config-repos-token\` can read ${spec.url} (contents: read) and the name is right`
                : `the workflow's GITHUB_TOKEN reaches only its own repository${own ? ` (${own})` : ''}: for a private config repo pass a token that can read ${spec.url} (a GitHub App installation token or a fine-grained token with contents: read) as \`config-repos-token\``;
            return new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `not found through the GitHub API (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}): it does not exist, or it is private and the token cannot read it`, fix);
        }
        if (status === 422)
            return new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `has no ref "${ref}" (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)})`, 'fix the @REF part of the config-repos line');
        if (status === 401)
            return new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `the token was refused (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)})`, `check ${this.ownToken ? '`config-repos-token`' : '`github-token`'}`);
        return new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `unreachable through the GitHub API (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)})`, 'run again; if it persists, check `GITHUB_API_URL` and githubstatus.com');
    }
    async commitsBetween(spec, owner, repo, deployed, head) {
        let comparison;
        try {
            comparison = (await this.client.octokit.rest.repos.compareCommits({ owner, repo, base: deployed, head })).data;
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) === 404) {
                return {
                    commits: [],
                    totalCommits: 0,
                    note: `the deployed commit ${deployed.slice(0, 12)} is no longer in the history (force-push?)`
                };
            }
            return { commits: [], totalCommits: 0, note: `commit subjects unavailable (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)})` };
        }
        const commits = comparison.commits
            .map((c) => ({ sha: c.sha, subject: c.commit.message.split('\n')[0] ?? '' }))
            .slice(-_analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_LIST_LIMIT */ .Pv);
        const total = Math.max(comparison.total_commits, commits.length);
        const notes = [];
        if (comparison.status === 'behind')
            notes.push(`the head is ${comparison.behind_by} commit${comparison.behind_by === 1 ? '' : 's'} behind the deployed commit (moved back)`);
        if (comparison.status === 'diverged') {
            notes.push(`the deployed commit ${deployed.slice(0, 12)} is not an ancestor of the head (force-push?): ${comparison.ahead_by} new, ${comparison.behind_by} gone`);
        }
        if (total > commits.length)
            notes.push(`${total} new commits; the compare API lists ${commits.length} (at most ${_analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_LIST_LIMIT */ .Pv})`);
        return {
            commits,
            totalCommits: comparison.status === 'behind' ? 0 : total,
            note: notes.length > 0 ? notes.join('; ') : undefined
        };
    }
}


/***/ })

};

//# sourceMappingURL=441.index.js.map