/// The OpenAPI description of Decorum's JSON API, served at `/api/v1/openapi.yaml`. A test reads its
/// paths and checks each one against the router, so the document cannot drift from the routes.
public enum OpenAPIDocument {
    public static let yaml = """
    openapi: 3.1.0
    info:
      title: Decorum API
      version: "1"
      description: >-
        Judge patient posts and comments against a GP practice's code of conduct. Every call needs
        `Authorization: Bearer <token>` (tokens come from DECORUM_API_TOKENS).
    servers:
      - url: /api/v1
    security:
      - bearer: []
    paths:
      /moderate:
        post:
          summary: Judge items and return one decision each, in order (the JSON of `decorum moderate`).
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: array
                  items: { $ref: "#/components/schemas/Item" }
              application/x-ndjson:
                schema: { $ref: "#/components/schemas/Item" }
          responses:
            "200":
              description: One judgement per item, in input order.
              content:
                application/json:
                  schema:
                    type: array
                    items: { $ref: "#/components/schemas/Judgement" }
                application/x-ndjson:
                  schema: { $ref: "#/components/schemas/Judgement" }
            "400":
              description: Some items could not be read; every one is named and nothing was judged.
              content:
                application/json:
                  schema: { $ref: "#/components/schemas/Problems" }
            "401": { description: Missing or unknown bearer token. }
            "413": { description: The body is larger than the configured limit. }
      /items:
        get:
          summary: Stored items, most recently seen first, with their latest decision and actions.
          parameters:
            - { name: status, in: query, description: "One status or several, comma-separated.", schema: { type: string } }
            - { name: page, in: query, schema: { type: string } }
            - { name: author, in: query, schema: { type: string } }
            - { name: limit, in: query, schema: { type: integer, minimum: 1, maximum: 500, default: 50 } }
            - { name: after, in: query, description: "The `next` of the previous page.", schema: { type: string } }
          responses:
            "200":
              description: A page of items.
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      items: { type: array, items: { $ref: "#/components/schemas/StoredItem" } }
                      next: { type: [string, "null"] }
            "400": { description: An unknown status, a bad limit or cursor; the message names it. }
            "401": { description: Missing or unknown bearer token. }
      /items/{id}:
        get:
          summary: One item with its revisions, decisions, actions and audit trail.
          parameters:
            - { name: id, in: path, required: true, schema: { type: string } }
          responses:
            "200":
              description: The item.
              content:
                application/json:
                  schema: { $ref: "#/components/schemas/StoredItem" }
            "404": { description: No such item. }
            "401": { description: Missing or unknown bearer token. }
      /items/{id}/approve:
        post:
          summary: Approve the actions waiting for a moderator (or confirm an item queued for review).
          parameters:
            - { name: id, in: path, required: true, schema: { type: string } }
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  properties: { moderator: { type: string }, note: { type: string } }
          responses:
            "200": { description: The item after approval; its actions are queued. }
            "404": { description: No such item. }
            "409": { description: Nothing is waiting for approval. }
            "401": { description: Missing or unknown bearer token. }
      /items/{id}/dismiss:
        post:
          summary: Override Decorum — withdraw what is planned, show the item again if Decorum hid it, and close it.
          parameters:
            - { name: id, in: path, required: true, schema: { type: string } }
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [reason]
                  properties: { reason: { type: string }, moderator: { type: string } }
          responses:
            "200": { description: The item after the override. }
            "400": { description: The reason is missing. }
            "404": { description: No such item. }
            "401": { description: Missing or unknown bearer token. }
      /items/{id}/actions:
        post:
          summary: A moderator's own action on the item (hide, unhide, delete, block the author, reply).
          parameters:
            - { name: id, in: path, required: true, schema: { type: string } }
            - { name: Idempotency-Key, in: header, description: "Repeating a request with the same key does nothing more.", schema: { type: string } }
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [kind, reason]
                  properties:
                    kind: { type: string, enum: [hide, unhide, delete, private_reply, public_reply, block] }
                    reason: { type: string }
                    text: { type: string, description: "The reply, for replies." }
                    moderator: { type: string }
          responses:
            "202":
              description: The action, planned and queued.
              content:
                application/json:
                  schema: { $ref: "#/components/schemas/StoredAction" }
            "400": { description: Unknown kind, no reason, or a reply without text. }
            "404": { description: No such item. }
            "409": { description: Not possible for this item (the practice's own, deleted, or a second private reply). }
            "401": { description: Missing or unknown bearer token. }
      /alerts:
        get:
          summary: Open alerts (safeguarding and other escalations, expired Page tokens, failed actions), urgent first.
          responses:
            "200":
              description: The open alerts.
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      alerts: { type: array, items: { $ref: "#/components/schemas/Alert" } }
            "401": { description: Missing or unknown bearer token. }
      /alerts/{id}/acknowledge:
        post:
          summary: Record that a person has seen the alert and is dealing with it.
          parameters:
            - { name: id, in: path, required: true, schema: { type: integer } }
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  properties: { moderator: { type: string } }
          responses:
            "200":
              description: The acknowledged alert.
              content:
                application/json:
                  schema: { $ref: "#/components/schemas/Alert" }
            "404": { description: No such alert. }
            "401": { description: Missing or unknown bearer token. }
      /openapi.yaml:
        get:
          summary: This document.
          security: []
          responses:
            "200": { description: The OpenAPI document. }
    components:
      securitySchemes:
        bearer: { type: http, scheme: bearer }
      schemas:
        Item:
          type: object
          required: [id, text]
          properties:
            id: { type: string }
            text: { type: string }
            author:
              type: object
              properties: { id: { type: string }, name: { type: string } }
            attachments:
              type: array
              items:
                type: object
                required: [type]
                properties:
                  type: { type: string, enum: [photo, video, audio, link, file] }
                  url: { type: string }
            platform: { type: string }
            created_time: { type: string, description: ISO-8601 }
            parent_id: { type: string }
            from_page: { type: boolean, description: The practice's own posts are never moderated. }
        Span:
          type: object
          properties: { start: { type: integer }, end: { type: integer }, text: { type: string } }
        Judgement:
          type: object
          required: [id, categories, entities, decision]
          properties:
            id: { type: string }
            categories:
              type: array
              items:
                type: object
                properties:
                  category:
                    type: string
                    enum: [third_party_pii, own_pii, consultation_recording, abusive, misinformation, fraud, defamation, photography, staff_identification, review, complaint, safeguarding]
                  confidence: { type: number, minimum: 0, maximum: 1 }
                  evidence:
                    type: array
                    items:
                      allOf:
                        - $ref: "#/components/schemas/Span"
                        - type: object
                          properties: { detector: { type: string }, reason: { type: string } }
            entities:
              type: array
              items:
                allOf:
                  - $ref: "#/components/schemas/Span"
                  - type: object
                    properties:
                      type: { type: string, enum: [nhs_number, phone, email, postcode, date_of_birth, address, person, health] }
                      subject: { type: string, enum: [own, third_party, staff, practice, unknown] }
            decision:
              type: object
              properties:
                action: { type: string, enum: [allow, review, hide, delete] }
                rules: { type: array, items: { type: string } }
                replies:
                  type: array
                  items:
                    type: object
                    properties:
                      channel: { type: string, enum: [private, public] }
                      text: { type: string }
                      rule: { type: string }
                escalations:
                  type: array
                  items:
                    type: object
                    properties:
                      role: { type: string }
                      urgency: { type: string, enum: [urgent, normal] }
                needs_approval: { type: boolean }
                pending_action: { type: string, enum: [allow, review, hide, delete] }
                explanation: { type: string }
                policy_version: { type: string }
        StoredItem:
          type: object
          required: [id, page_id, kind, status, text, hidden, deleted, revision, actions]
          properties:
            id: { type: string }
            page_id: { type: string }
            kind: { type: string, enum: [post, comment, reply] }
            status:
              type: string
              enum: [received, allowed, judged, awaiting_approval, in_review, actioned, action_failed, resolved, ignored]
            text: { type: string }
            author:
              type: object
              properties: { id: { type: string }, name: { type: string } }
            attachments: { type: array, items: { type: object } }
            parent_id: { type: string }
            created_time: { type: string }
            hidden: { type: boolean }
            deleted: { type: boolean }
            revision: { type: integer }
            first_seen: { type: string, format: date-time }
            last_seen: { type: string, format: date-time }
            decision:
              description: The latest decision, with its categories, evidence and versions (null before judging).
              type: [object, "null"]
            actions: { type: array, items: { $ref: "#/components/schemas/StoredAction" } }
            revisions: { type: array, items: { type: object } }
            decisions: { type: array, items: { type: object } }
            audit: { type: array, items: { type: object } }
        StoredAction:
          type: object
          properties:
            id: { type: integer }
            kind: { type: string, enum: [hide, unhide, delete, private_reply, public_reply, block] }
            status: { type: string, enum: [planned, awaiting_approval, done, failed, cancelled] }
            attempts: { type: integer }
            requested_by: { type: string }
            reason: { type: string }
            approved_by: { type: string }
            last_error: { type: string }
            platform_response: {}
            text: { type: string }
            created_at: { type: string, format: date-time }
            updated_at: { type: string, format: date-time }
        Alert:
          type: object
          properties:
            id: { type: integer }
            kind: { type: string, enum: [escalation, token_expired, action_failed] }
            severity: { type: string, enum: [urgent, normal] }
            message: { type: string, description: Never contains the item's text. }
            role: { type: string }
            page_id: { type: string }
            item_id: { type: string }
            created_at: { type: string, format: date-time }
            acknowledged_by: { type: string }
            acknowledged_at: { type: string, format: date-time }
        Problems:
          type: object
          properties:
            error: { type: string }
            problems:
              type: array
              items:
                type: object
                properties: { item: { type: integer }, problem: { type: string } }

    """
}
