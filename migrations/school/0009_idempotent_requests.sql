CREATE TABLE "IdempotentRequest" (
	"principal" uuid NOT NULL,
	"key" varchar(100) NOT NULL,
	"subgraph" varchar(40) NOT NULL,
	"fingerprint" char(64) NOT NULL,
	"response" jsonb,
	"createdAt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "IdempotentRequest_principal_key_subgraph_pk" PRIMARY KEY("principal","key","subgraph")
);
