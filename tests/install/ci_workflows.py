#!/usr/bin/env python3
"""The example CI workflows (docs/ci/) parse as YAML and do what the README says:
run `rapportage check` and `rapportage build` on changes to data/, content/ and
templates/, and publish site-out/ from the main branch.

Usage: ci_workflows.py SOURCE_DIR
"""
import os
import sys

import yaml


def commands(job):
    out = []
    for step in job.get('steps', []):
        if 'run' in step:
            out.append(step['run'])
    out += job.get('script', [])
    return out


def main(source_dir):
    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    with open(os.path.join(source_dir, 'docs/ci/github-pages.yml'), encoding='utf-8') as f:
        gh = yaml.safe_load(f)
    on = gh.get('on', gh.get(True))  # YAML 1.1 reads the key `on` as true
    for event in ('push', 'pull_request'):
        paths = on[event]['paths']
        for folder in ('data/**', 'content/**', 'templates/**'):
            check(folder in paths, f'github: {event} on changes to {folder}')
    check(on['push']['branches'] == ['main'], 'github: publishes from main')
    jobs = gh['jobs']
    check(commands(jobs['check']) == ['rapportage check --strict'], 'github: the check job runs rapportage check')
    check(commands(jobs['build']) == ['rapportage build'], 'github: the build job runs rapportage build')
    upload = [s for s in jobs['build']['steps'] if s.get('uses', '').startswith('actions/upload-pages-artifact')]
    check(len(upload) == 1 and upload[0]['with']['path'] == 'site-out', 'github: site-out/ is the Pages artifact')
    check(jobs['build']['needs'] == 'check' and jobs['publish']['needs'] == 'build', 'github: check, build, publish')
    check(any(s.get('uses', '').startswith('actions/deploy-pages') for s in jobs['publish']['steps']),
          'github: the publish job deploys to Pages')
    check(jobs['publish']['permissions'] == {'pages': 'write', 'id-token': 'write'}, 'github: Pages permissions')
    for name in ('check', 'build'):
        check(jobs[name]['container'] == '${{ vars.RAPPORTAGE_IMAGE }}', f'github: {name} runs in the image')

    with open(os.path.join(source_dir, 'docs/ci/gitlab-ci.yml'), encoding='utf-8') as f:
        gl = yaml.safe_load(f)
    check(gl['default']['image']['name'] == '$RAPPORTAGE_IMAGE', 'gitlab: jobs run in the image')
    check(gl['default']['image']['entrypoint'] == [''], 'gitlab: a shell, not the image command')
    check(commands(gl['check']) == ['rapportage check --strict'], 'gitlab: the check job runs rapportage check')
    check(commands(gl['pages']) == ['rapportage build'], 'gitlab: the pages job runs rapportage build')
    check(gl['pages']['pages'] == {'publish': 'site-out'}, 'gitlab: Pages publishes site-out/')
    check(gl['pages']['artifacts']['paths'] == ['site-out'], 'gitlab: site-out/ is the artifact')
    for job in ('check', 'pages'):
        for rule in gl[job]['rules']:
            for folder in ('data/**/*', 'content/**/*', 'templates/**/*'):
                check(folder in rule.get('changes', []), f'gitlab: {job} runs on changes to {folder}')
    check(gl['pages']['rules'][0]['if'] == '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
          'gitlab: publishes from the default branch')

    for f in failures:
        print('FAIL:', f)
    print(f'ci_workflows: {len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
