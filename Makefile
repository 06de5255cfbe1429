# Anjian (安监). The two set-up commands are `make run` and `make test`; see README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help run test openapi bench clean-run

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

run: ## Start database, Keycloak, backend and frontend with demo data (Ctrl-C stops all)
	@scripts/run.sh

test: ## Run every test (backend, contract, frontend, browser) against a throw-away stack
	@scripts/test.sh

bench: ## Seed BENCH_SCALE=town|district and measure API against plain baselines (backend/target/bench-results.md)
	@scripts/bench.sh

openapi: ## Regenerate openapi.yaml from the backend and the frontend's API types from it
	mvn -B -q -f backend/pom.xml package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run --silent gen:api

clean-run: ## Forget the local demo data of make run (database and Keycloak)
	rm -rf .run/dev
